/** The bar of GovLens's own pages opened on a resource (the file reader, the list collector). */
import type { ComponentChildren } from 'preact';

export function PageBar({ name, title, children }: { name: string; title: string; children?: ComponentChildren }) {
  return (
    <header class="fp-bar">
      <span class="brand">
        <span class="logo">GL</span> GovLens
      </span>
      <span class="fp-name" title={title}>
        {name}
      </span>
      <span class="fp-actions">{children}</span>
    </header>
  );
}
