import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { Combobox, TextInput, type TextInputProps } from '@mantine/core';
import { afterNextPaint } from './paintStages';

/**
 * `children` once the page has painted with `when` true (rendered in a transition, so it never blocks input),
 * `fallback` until then. For Mantine's comboboxes (Select, TagsInput): each mounts popover and floating-ui machinery, and on a
 * cold page the four facet selects alone cost more than the whole conversation list.
 */
export function AfterPaint({
  children,
  fallback,
  when = true,
}: {
  children: ReactNode;
  fallback: ReactNode;
  when?: boolean;
}) {
  const [ready, setReady] = useState(false);
  useEffect(
    () => (when && !ready ? afterNextPaint(() => startTransition(() => setReady(true))) : undefined),
    [when, ready],
  );
  return ready ? children : fallback;
}

/**
 * What a Select (xs unless `size` says otherwise; or a TagsInput, with `chevron={false}`) looks like before it mounts: Mantine's TextInput,
 * read-only and out of the tab order, with the same label, text and box, so nothing moves when the real one
 * takes its place.
 */
export function InputStandIn({ chevron = true, ...props }: TextInputProps & { chevron?: boolean }) {
  return (
    <TextInput
      size="xs"
      readOnly
      tabIndex={-1}
      aria-hidden
      {...(chevron
        ? {
            rightSection: <Combobox.Chevron size={props.size ?? 'xs'} />,
            rightSectionPointerEvents: 'none' as const,
          }
        : {})}
      {...props}
    />
  );
}
