/** Inclusive range of seqs, as in outpost.v1.SeqRange: what an Ack names, on both sides of the wire. */
export interface SeqRange {
  first: number;
  last: number;
}
