import { textWidth } from '../kit/labels.js';
import { DAY } from '../kit/sizes.js';
import type { GanttBar } from './layout.js';

/** Space between a name beside its bar and the bar, or the next bar. */
const GAP = 3;
/** Space between a name inside its bar and the bar's ends. */
const PAD = 4;
const NO_FORMS: readonly string[] = [];

/** What naming the bars needs besides the bars. */
export interface BarNaming {
  /** The tenure holder's name as the label would print it in full. */
  name: (tenure: GanttBar['tenure']) => string;
  /** Shorter forms of a full name to try when it does not fit, longest first. */
  shorter?: (full: string) => readonly string[];
  /** The chart's width: a name after the last bar of a row may run to it. */
  width: number;
  rtl: boolean;
  fontSize: number;
}

/**
 * While naming one lane, per person: the bars named so far (a bar touching
 * one continues their run), each named bar with the room it had, and the
 * longest form printed.
 */
interface Named {
  spans: GanttBar[];
  placed: GanttBar[];
  rooms: number[];
  text: string;
  width: number;
  /** The name in full, to tell a short form from it. */
  full: string;
}

/** The naming of one lane in progress, and the name last chosen (see {@link chooseName}). */
interface Naming extends BarNaming {
  /** The smallest space worth a name: a little over a line of text. */
  least: number;
  named: Map<string, Named>;
  /** The same people as `named`, in order, to go through without an iterator. */
  people: Named[];
  /** The name last looked at in full, and the form of it chosen. */
  full: string;
  text: string | null;
  textWidth: number;
  inside: boolean;
}

/** A plain bar: not acting, dates known to the day. */
const plain = (b: GanttBar) => !b.tenure.acting && !b.fuzzyStart && !b.fuzzyEnd;

/**
 * Two bars follow one another when at most a day or a pixel lies between
 * them (Kalinin's two terms, five days apart in 1938, read as one on the screen).
 */
const touching = (a: GanttBar, b: GanttBar) =>
  (b.from - a.to <= DAY && a.from - b.to <= DAY) ||
  Math.max(a.outer.left, b.outer.left) - Math.min(a.outer.left + a.outer.width, b.outer.left + b.outer.width) <= 1;

function touchesAny(spans: readonly GanttBar[], bar: GanttBar): boolean {
  for (let k = 0; k < spans.length; k++) if (touching(spans[k], bar)) return true;
  return false;
}

/**
 * Names: inside a bar when they fit, else after the bar's end up to the next
 * bar, else left out; sets each bar's `label`. A person's name once per run of
 * tenures that follow one another in a row (Gorbachev chairman, then
 * president), and in one form across a lane: the longest any of their bars
 * takes, left out of the bars it does not fit. Thousands of bars on a dense
 * chart: the short forms are worked out only when the full name does not fit
 * inside, which on a wide chart is rare, and every step is a small function
 * the engine optimises within the first render.
 *
 * `rows` come in reading order, each lane's rows together, each row in time order.
 */
export function nameBars(rows: readonly (readonly GanttBar[])[], options: BarNaming): void {
  // Written out rather than spread from `options`: a literal keeps one shape from render to render,
  // where a spread copy's shape may be dropped at a garbage collection, and the code optimised for it.
  const naming: Naming = {
    name: options.name,
    shorter: options.shorter,
    width: options.width,
    rtl: options.rtl,
    fontSize: options.fontSize,
    least: options.fontSize * 1.2,
    named: new Map(),
    people: [],
    full: '',
    text: null,
    // A fraction from the start (see UNPLACED in layout.ts), so the widths written later keep its shape.
    textWidth: Number.NaN,
    inside: false,
  };
  let lane: string | undefined;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (row.length && row[0].lane !== lane) {
      finishLane(naming);
      lane = row[0].lane;
    }
    for (let i = 0; i < row.length; i++) i = nameRun(row, i, naming);
  }
  finishLane(naming);
}

/** Names the run of bars that starts at `row[i]`; the index of its last bar. */
function nameRun(row: readonly GanttBar[], i: number, naming: Naming): number {
  const { rtl, width, least } = naming;
  const bar = row[i];
  const person = naming.named.get(bar.tenure.personId);
  if (person && touchesAny(person.spans, bar)) {
    // Named already by the tenure it continues; the run goes on through this one.
    person.spans.push(bar);
    return i;
  }
  // A run of plain bars one person holds back to back (Yeltsin chairman, then president)
  // takes one name across all of them; hatched or faded bars keep their names to themselves.
  let last = i;
  if (plain(bar))
    while (
      last + 1 < row.length &&
      plain(row[last + 1]) &&
      row[last + 1].tenure.personId === bar.tenure.personId &&
      touching(row[last], row[last + 1])
    )
      last++;
  const next = row[last + 1];
  const end = row[last];
  // The run's extent.
  const left = Math.min(bar.outer.left, end.outer.left);
  const span = Math.max(bar.outer.left + bar.outer.width, end.outer.left + end.outer.width) - left;
  const arrow = end.ongoing ? 8 : 0;
  const endEdge = rtl ? left - arrow : left + span + arrow;
  const limit = next ? (rtl ? next.outer.left + next.outer.width : next.outer.left) : rtl ? 0 : width;
  const room = Math.abs(limit - endEdge) - 2 * GAP;
  const space = span - 2 * PAD;
  // Most bars of a dense chart have no room at all: skip them before building names.
  if (space < least && room < least) return last;
  if (!chooseName(naming.name(bar.tenure), space, room, naming)) return last;
  const text = naming.text as string;
  const inside = naming.inside;
  bar.label = inside
    ? rtl
      ? { text, x: left + span - PAD, anchor: 'end', inside }
      : { text, x: left + PAD, anchor: 'start', inside }
    : rtl
      ? { text, x: endEdge - GAP, anchor: 'end', inside }
      : { text, x: endEdge + GAP, anchor: 'start', inside };
  remember(person, bar, row, i, last, inside ? space : room, naming);
  return last;
}

/**
 * The form of a name to print, into `naming.text`, `naming.textWidth` and
 * `naming.inside`: the full name inside the bar, else the longest shorter
 * form inside, else the full name or the longest form that fits beside it.
 * False when none fits.
 */
function chooseName(full: string, space: number, room: number, naming: Naming): boolean {
  const { fontSize, least } = naming;
  const fullWidth = textWidth(full, fontSize);
  naming.full = full;
  naming.inside = false;
  if (space >= least && fullWidth <= space) return chosen(naming, full, fullWidth, true);
  const forms = naming.shorter ? naming.shorter(full) : NO_FORMS;
  // Each form measured once, for the room inside and outside alike.
  const widths: number[] = [];
  for (let f = 0; f < forms.length; f++) widths.push(textWidth(forms[f], fontSize));
  if (space >= least)
    for (let f = 0; f < forms.length; f++) if (widths[f] <= space) return chosen(naming, forms[f], widths[f], true);
  if (room >= least) {
    if (fullWidth <= room) return chosen(naming, full, fullWidth, false);
    for (let f = 0; f < forms.length; f++) if (widths[f] <= room) return chosen(naming, forms[f], widths[f], false);
  }
  naming.text = null;
  return false;
}

function chosen(naming: Naming, text: string, width: number, inside: boolean): true {
  naming.text = text;
  naming.textWidth = width;
  naming.inside = inside;
  return true;
}

/** Notes a named run for its person: the bars it covers, and the room the name had. */
function remember(
  person: Named | undefined,
  bar: GanttBar,
  row: readonly GanttBar[],
  i: number,
  last: number,
  room: number,
  naming: Naming,
): void {
  const text = naming.text as string;
  const textW = naming.textWidth;
  if (!person) {
    const named: Named = {
      spans: last === i ? [bar] : row.slice(i, last + 1),
      placed: [bar],
      rooms: [room],
      text,
      width: textW,
      full: naming.full,
    };
    naming.named.set(bar.tenure.personId, named);
    naming.people.push(named);
    return;
  }
  for (let k = i; k <= last; k++) person.spans.push(row[k]);
  person.placed.push(bar);
  person.rooms.push(room);
  if (textW > person.width) {
    person.text = text;
    person.width = textW;
  }
}

/**
 * One form per person across the lane: the longest, left out of the bars it
 * does not fit. A short form two people of the lane share (Hashim and
 * Nureddin al-Atassi, both "الأتاسي") names neither: it is left out for
 * whoever it is not the full name of. Then the next lane starts afresh.
 */
function finishLane(naming: Naming): void {
  const { people } = naming;
  const holders = new Map<string, number>();
  for (let k = 0; k < people.length; k++) {
    const { text } = people[k];
    holders.set(text, (holders.get(text) ?? 0) + 1);
  }
  for (let p = 0; p < people.length; p++) {
    const person = people[p];
    const ambiguous = (holders.get(person.text) ?? 0) > 1 && person.text !== person.full;
    for (let k = 0; k < person.placed.length; k++) {
      const bar = person.placed[k];
      if (!bar.label) continue;
      if (ambiguous || person.width > person.rooms[k]) bar.label = null;
      else bar.label.text = person.text;
    }
  }
  naming.named = new Map();
  naming.people = [];
}
