import { describe, expect, it } from "vitest";
import { Schedule } from "../src/engine/schedule.js";

describe("Schedule (work due on the sandbox clock)", () => {
  it("runs recurring work at every aligned multiple the clock passes, and one-off work once, in time order", () => {
    const H = 3_600_000;
    let t = 7 * H; // 07:00 UTC on day 0
    const ran: string[] = [];
    const s = new Schedule(() => t);
    s.every("funding", 8 * 3_600_000, (at) => ran.push(`funding@${at / 3_600_000}h`));
    s.at(t + 3 * 3_600_000, (at) => ran.push(`once@${at / 3_600_000}h`));
    s.catchUp();
    expect(ran).toEqual([]);
    t += 20 * 3_600_000; // 03:00 on day 1: the 08:00, 16:00 and 24:00 rounds, and the one-off at 10:00
    s.catchUp();
    expect(ran).toEqual(["funding@8h", "once@10h", "funding@16h", "funding@24h"]);
    s.catchUp();
    expect(ran).toHaveLength(4);
    t += 5 * 3_600_000; // 08:00 on day 1
    s.catchUp();
    expect(ran.at(-1)).toBe("funding@32h");
  });

  it("runs work that a job schedules when it is already due", () => {
    let t = 0;
    const ran: number[] = [];
    const s = new Schedule(() => t);
    s.at(10, (at) => {
      ran.push(at);
      s.at(20, (at2) => ran.push(at2));
    });
    t = 30;
    s.catchUp();
    expect(ran).toEqual([10, 20]);
  });
});
