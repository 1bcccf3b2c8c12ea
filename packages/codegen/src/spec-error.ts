/** Thrown for any problem in spec/; the message names the file and the entry at fault. */
export class SpecError extends Error {
  override name = "SpecError";
}
