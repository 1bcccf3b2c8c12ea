import { isOpenTree, walk, type AlgoNode } from "./node.js";

interface AccountAlgos {
  nodes: Map<bigint, AlgoNode>;
  roots: AlgoNode[];
}

/** Every algo order of every account: the trees, indexed by id, and the ids handed out. */
export class AlgoStore {
  private readonly accounts = new Map<string, AccountAlgos>();
  private nextId: bigint;

  constructor(firstAlgoOrderId: bigint) {
    this.nextId = firstAlgoOrderId;
  }

  /** A fresh algoOrderId (ids of refused placements are not reused, as on the exchange). */
  nextAlgoOrderId(): bigint {
    return this.nextId++;
  }

  private account(key: string): AccountAlgos {
    let a = this.accounts.get(key);
    if (a === undefined) {
      a = { nodes: new Map(), roots: [] };
      this.accounts.set(key, a);
    }
    return a;
  }

  /** Every root algo order of an account, oldest first. */
  roots(account: string): readonly AlgoNode[] {
    return this.account(account).roots;
  }

  /** Root algo orders of every account on one symbol, open or not. */
  *rootsOn(symbol: string): Generator<AlgoNode> {
    for (const a of this.accounts.values()) for (const r of a.roots) if (r.symbol === symbol) yield r;
  }

  find(account: string, algoOrderId: bigint): AlgoNode | undefined {
    return this.account(account).nodes.get(algoOrderId);
  }

  /** The open order with this client id, else the most recent one that had it. */
  findByClientId(account: string, clientAlgoOrderId: bigint): AlgoNode | undefined {
    const roots = this.account(account).roots.filter((r) => r.clientAlgoOrderId === clientAlgoOrderId);
    return roots.find(isOpenTree) ?? roots.at(-1);
  }

  /** Registers a placed tree. */
  add(root: AlgoNode): void {
    const a = this.account(root.account);
    for (const n of walk(root)) a.nodes.set(n.algoOrderId, n);
    a.roots.push(root);
  }
}
