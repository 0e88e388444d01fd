/**
 * One widget's hold on the place its progress is saved (a storage and a key).
 * It remembers the text it last read there or wrote there in this page view,
 * and writes or removes only while the place still holds that text. So a
 * widget never deletes or overwrites a save it did not write: another widget
 * on the page with the same key, another tab, or a save it never read (saving
 * turned on after the page loaded). Those show as `changed-elsewhere`.
 */

/** What a widget needs of a Storage: sessionStorage, localStorage, or a test's stand-in. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type SlotOutcome = 'unchanged' | 'written' | 'removed' | 'changed-elsewhere' | 'failed';

export class SaveSlot {
  /** What this widget last read or wrote here: null for nothing; undefined until it first looks. */
  private known: string | null | undefined;

  constructor(
    private readonly store: StorageLike | undefined,
    readonly key: string,
  ) {}

  /** The text there now: null when there is none, undefined when the storage cannot be read. */
  private peek(): string | null | undefined {
    try {
      return this.store ? this.store.getItem(this.key) : undefined;
    } catch {
      return undefined;
    }
  }

  /** Reads the text there and takes it as this widget's own (restoring, or choosing to load it). */
  read(): string | null {
    const text = this.peek();
    if (text !== undefined) this.known = text;
    return text ?? null;
  }

  /** Whether a text seen there (a storage event from another tab) differs from this widget's own. */
  isNews(text: string | null): boolean {
    return text !== (this.known ?? null);
  }

  /** Writes `text`, unless the place changed since this widget last read or wrote it. */
  write(text: string): SlotOutcome {
    const now = this.peek();
    if (now === undefined) return 'failed';
    if (now === text) return ((this.known = text), 'unchanged');
    // Nothing there is nobody's save to lose: another tab's "Start over", or storage that does not give back what it keeps.
    if (now !== null && now !== (this.known ?? null)) return 'changed-elsewhere';
    return this.force(text);
  }

  /** Writes `text` whatever is there: the patient chose to keep this tab's answers. */
  force(text: string): SlotOutcome {
    try {
      this.store?.setItem(this.key, text);
    } catch {
      return 'failed';
    }
    this.known = text;
    return 'written';
  }

  /** Removes the text, only if it is this widget's own (a place never looked at holds nothing of its own). */
  remove(): SlotOutcome {
    const now = this.peek();
    if (now === undefined) return 'failed';
    if (now === null) return ((this.known = null), 'unchanged');
    if (now !== this.known) return 'changed-elsewhere';
    try {
      this.store?.removeItem(this.key);
    } catch {
      return 'failed';
    }
    this.known = null;
    return 'removed';
  }
}
