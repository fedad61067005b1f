import { t } from '../../../i18n/t';
import type { Notice, NoticeArea } from './types';

interface Props<Undo> {
  notices: readonly Notice<Undo>[];
  area: NoticeArea;
  /** Id of the area, for `aria-describedby` on the control that causes its outcomes. */
  id: string;
  onUndo?: ((notice: Notice<Undo>) => void) | undefined;
}

/**
 * The outcomes of one area, shown next to the control that caused them (which points here with
 * `aria-describedby`). The live region (`Announcer`) speaks them; this region is only seen.
 */
export function Notices<Undo>({ notices, area, id, onUndo }: Props<Undo>) {
  const shown = notices.filter((notice) => notice.area === area);
  return (
    <div id={id} class="notices">
      {shown.map((notice) => (
        <div key={notice.id} class={`notice notice--${notice.kind}`}>
          {notice.texts.map((text) => (
            <p key={text}>{text}</p>
          ))}
          {notice.undo !== undefined && onUndo !== undefined && (
            <button
              type="button"
              class="button button--secondary"
              onClick={() => {
                onUndo(notice);
              }}
            >
              {t('selbstcheck.undo')}
            </button>
          )}
        </div>
      ))}
    </div>
  );
}

/**
 * The one live region: every new outcome replaces its content with a new element, so a screen reader announces
 * it even when the text is the same as before.
 */
export function Announcer<Undo>({
  notice,
  label = t('selbstcheck.status'),
}: {
  notice: Notice<Undo> | undefined;
  label?: string;
}) {
  return (
    <div class="visually-hidden" role="status" aria-label={label}>
      {notice !== undefined && <p key={notice.id}>{notice.texts.join(' ')}</p>}
    </div>
  );
}
