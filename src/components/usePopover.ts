// A disclosure button with a panel floating below it (the CSV settings, the map filters): Escape closes it and gives
// focus back to the button; a click elsewhere closes it without taking focus back (the person is moving on to what
// they clicked); tabbing past it closes it, while focus lost to nothing (a click on the panel's padding) does not.
import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';

export function usePopover() {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  /** Props for the element wrapping the button and the panel. */
  const rootProps = {
    ref: root,
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === 'Escape' && open) {
        event.stopPropagation();
        setOpen(false);
        button.current?.focus();
      }
    },
    onBlur: (event: FocusEvent) => {
      const next = event.relatedTarget as Node | null;
      if (next && !root.current?.contains(next)) setOpen(false);
    },
  };
  /** Props for the disclosure button. */
  const buttonProps = {
    ref: button,
    type: 'button' as const,
    'aria-expanded': open,
    'aria-controls': panelId,
    onClick: () => setOpen((was) => !was),
  };
  return { open, setOpen, panelId, rootProps, buttonProps };
}
