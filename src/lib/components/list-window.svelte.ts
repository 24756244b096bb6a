/** Windowed rendering of long lists: only a slice around the reader's place is in the DOM. */

/** Lists up to this long are rendered whole. */
export const WINDOW_THRESHOLD = 600;
/** Items rendered at once when windowed. */
export const WINDOW_SIZE = 240;

/** Which slice `[from, to)` of a list is rendered; spacers stand in for the rest. */
export class ListWindow {
	#count = $state(0);
	#from = $state(0);
	#to = $state(0);
	#average = $state(0);
	#items: unknown = null;
	#size: number;
	#growing: ReturnType<typeof setTimeout> | undefined;

	/** `estimate`: height of one item in px before any is measured. */
	constructor(estimate: number, size = WINDOW_SIZE) {
		this.#average = estimate;
		this.#size = size;
	}

	/** First rendered index. */
	get from(): number {
		return this.#from;
	}
	/** One past the last rendered index. */
	get to(): number {
		return this.#to;
	}
	/** Height in px the top spacer stands in for. */
	get before(): number {
		return this.#from * this.#average;
	}
	/** Height in px the bottom spacer stands in for. */
	get after(): number {
		return (this.#count - this.#to) * this.#average;
	}

	/**
	 * Starts over for a new list (call before it renders, e.g. in `$effect.pre`). `size`: how many
	 * items to render at once for this list (all of them when it has no more); default: the
	 * constructor's size, and lists up to {@link WINDOW_THRESHOLD} whole. `first`: when windowed,
	 * how many items to render at once, the window filling up in a later task.
	 */
	reset(items: readonly unknown[], size?: number, first?: number): void {
		if (items === this.#items) return;
		this.#items = items;
		this.#count = items.length;
		this.#from = 0;
		if (size !== undefined) this.#size = Math.max(1, size);
		const whole = size === undefined ? items.length <= WINDOW_THRESHOLD : items.length <= size;
		const to = whole ? items.length : Math.min(items.length, this.#size);
		clearTimeout(this.#growing);
		if (whole || first === undefined || first >= to) {
			this.#to = to;
			return;
		}
		// A windowed list shows its first items in this task and the rest of the window in a later
		// one, so that a long list's opening is not one long render (the window only grows downward).
		this.#to = Math.max(1, first);
		this.#growing = setTimeout(() => {
			if (this.#items === items && this.#from === 0 && this.#to < to) this.#to = to;
		}, 0);
	}

	/**
	 * Takes the same list again with new items (a transcript's bodies read, or its times corrected):
	 * the window stays where the reader is, only its size may change. A list of another length starts over.
	 */
	refill(items: readonly unknown[], size?: number): void {
		if (items === this.#items) return;
		if (items.length !== this.#count) return this.reset(items, size);
		clearTimeout(this.#growing);
		this.#items = items;
		if (size !== undefined) this.#size = Math.max(1, size);
		const whole = size === undefined ? items.length <= WINDOW_THRESHOLD : items.length <= size;
		this.#from = whole ? 0 : Math.min(this.#from, Math.max(0, this.#count - this.#size));
		this.#to = whole ? this.#count : Math.min(this.#count, this.#from + this.#size);
	}

	/** True when item `index` is rendered. */
	has(index: number): boolean {
		return index >= this.#from && index < this.#to;
	}

	/** Renders a window starting a little before `index` (no change when it is already well inside). */
	show(index: number): void {
		const margin = Math.floor(this.#size / 8);
		if (this.#to - this.#from >= this.#count) return;
		if (index >= this.#from + margin && index < this.#to - margin) return;
		if (index >= this.#from && this.#from === 0 && index < this.#to - margin) return;
		if (index < this.#to && this.#to === this.#count && index >= this.#from + margin) return;
		const from = Math.max(
			0,
			Math.min(this.#count - this.#size, Math.round(index - this.#size / 4))
		);
		this.#from = from;
		this.#to = Math.min(this.#count, from + this.#size);
	}

	/** Updates the average item height from the rendered part's height. */
	measure(renderedHeight: number): void {
		const n = this.#to - this.#from;
		if (n > 0 && renderedHeight > 0) {
			const average = renderedHeight / n;
			if (Math.abs(average - this.#average) > 0.5) this.#average = average;
		}
	}

	/**
	 * Keeps the window over what is on screen as the reader scrolls: `top`/`bottom` are the spacers,
	 * `viewport` the scrolling box (null: the page). Returns the teardown. `paused()` true skips updates.
	 */
	track(
		top: HTMLElement,
		bottom: HTMLElement,
		viewport: HTMLElement | null,
		paused: () => boolean = () => false
	): () => void {
		let frame = 0;
		const update = () => {
			frame = 0;
			if (paused() || this.#to - this.#from >= this.#count) return;
			const box = viewport?.getBoundingClientRect() ?? { top: 0, bottom: window.innerHeight };
			const a = top.getBoundingClientRect().bottom;
			const b = bottom.getBoundingClientRect().top;
			this.measure(b - a);
			const slack = (box.bottom - box.top) / 2;
			if (a <= box.top - slack && b >= box.bottom + slack) return; // on screen is rendered
			let index: number;
			if (box.top < a) index = this.#from - (a - box.top) / this.#average;
			else if (box.top > b) index = this.#to + (box.top - b) / this.#average;
			else index = this.#from + ((box.top - a) / Math.max(1, b - a)) * (this.#to - this.#from);
			this.show(Math.max(0, Math.min(this.#count - 1, Math.floor(index))));
		};
		const onScroll = () => {
			if (!frame) frame = requestAnimationFrame(update);
		};
		const target: HTMLElement | Window = viewport ?? window;
		target.addEventListener('scroll', onScroll, { passive: true });
		window.addEventListener('resize', onScroll);
		onScroll();
		return () => {
			cancelAnimationFrame(frame);
			target.removeEventListener('scroll', onScroll);
			window.removeEventListener('resize', onScroll);
		};
	}
}
