/** Sorting the library's tables: one order for cells of any column, one header button. */
import type { ComponentChildren } from 'preact';

/** Order of two cells: numbers by value, text in Chinese (pinyin) order, empty cells last. */
export function compareCells(a: string | number | null | undefined, b: string | number | null | undefined): number {
  if (a === null || a === undefined) return b === null || b === undefined ? 0 : 1;
  if (b === null || b === undefined) return -1;
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'zh-CN');
}

/** A sortable column header: a button that says which way its column is sorted (aria-sort). */
export function SortHeader(props: {
  active: boolean;
  dir: 1 | -1;
  num?: boolean;
  title?: string;
  testId: string;
  onSort(): void;
  children: ComponentChildren;
}) {
  return (
    <th
      class={props.num ? 'num' : ''}
      aria-sort={props.active ? (props.dir === 1 ? 'ascending' : 'descending') : 'none'}
    >
      <button type="button" class="sort" title={props.title} data-testid={props.testId} onClick={props.onSort}>
        {props.children}
        {props.active ? (props.dir === 1 ? ' ↑' : ' ↓') : ''}
      </button>
    </th>
  );
}
