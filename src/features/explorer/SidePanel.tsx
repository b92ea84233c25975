import { useDeferredValue, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { useAnalysis } from '../../store/analysis';
import { useT, useUi } from '../../store/ui';
import { MemberDetails } from './MemberDetails';
import { SkillDetails } from './SkillDetails';

interface SidePanelProps {
  /** Where focus goes when the panel closes and what opened it is gone (the find box). */
  fallbackFocus?: RefObject<HTMLElement | null>;
}

/**
 * Details of the selected skill or person. Escape closes it and gives focus back to what opened it; a person or
 * skill chosen inside it replaces the button that was focused, so focus moves to the new details' heading
 * rather than falling to the page.
 */
export function SidePanel({ fallbackFocus }: SidePanelProps) {
  const t = useT();
  const analysis = useAnalysis();
  // One render later than the selection: the map's highlight answers the click or Enter at once, and the details
  // (a few hundred people ranked at organisation scale) render in a pass React can interrupt.
  const selected = useDeferredValue(useUi((s) => s.selected));
  const select = useUi((s) => s.select);
  const skill = selected?.kind === 'skill' ? analysis.bySkill.get(selected.key) : undefined;
  const member = selected?.kind === 'member' ? analysis.memberByKey.get(selected.key) : undefined;
  const open = skill !== undefined || member !== undefined;
  const panel = useRef<HTMLElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  // Focus was inside the panel when last seen. A focused element removed with the old details fires no blur in
  // some browsers and a blur without a target in others, so that blur alone does not clear it.
  const focusInside = useRef(false);

  useLayoutEffect(() => {
    const node = panel.current;
    if (!node || !selected) return;
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== document.body && !node.contains(active)) {
      // Selected from outside (the find box, the map): that is where Escape returns.
      opener.current = active;
      focusInside.current = false;
    } else if (focusInside.current && !node.contains(active)) {
      node.querySelector<HTMLElement>('h2')?.focus();
    }
  }, [selected]);

  const close = () => {
    const back = opener.current?.isConnected ? opener.current : (fallbackFocus?.current ?? null);
    opener.current = null;
    focusInside.current = false;
    select(null);
    back?.focus();
  };
  const closeRef = useRef(close);
  useEffect(() => {
    closeRef.current = close;
  });

  // After a click on the map focus rests on the page itself, where the panel's own handler never hears Escape.
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const active = document.activeElement;
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (active !== null && active !== document.body) return;
      if (panel.current?.closest('[hidden]')) return; // the map is behind another tab
      event.preventDefault();
      closeRef.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open]);

  return (
    <aside
      ref={panel}
      className="side-panel"
      aria-label={skill?.skill.name ?? member?.name ?? t('panel.empty')}
      onFocus={() => {
        focusInside.current = true;
      }}
      onBlur={(e) => {
        const to = e.relatedTarget;
        if (to instanceof Node) {
          if (!e.currentTarget.contains(to)) focusInside.current = false;
          return;
        }
        // No target: a click on the page or the map, or the focused button removed with the old details (which
        // the selection's effect has handled by now). Only the first leaves the panel.
        const left = e.target;
        setTimeout(() => {
          if (left.isConnected && !panel.current?.contains(document.activeElement))
            focusInside.current = false;
        });
      }}
      onKeyDown={(e) => {
        // The rename and merge fields stop their own Escape (it cancels them), so this one closes the panel.
        if (e.key !== 'Escape' || !open || e.defaultPrevented) return;
        e.preventDefault();
        close();
      }}
    >
      {open ? (
        <button type="button" className="close" aria-label={t('panel.close')} onClick={close}>
          ×
        </button>
      ) : null}
      {skill ? (
        <SkillDetails entry={skill} />
      ) : member ? (
        <MemberDetails member={member} />
      ) : (
        <p className="muted">{t('panel.empty')}</p>
      )}
    </aside>
  );
}
