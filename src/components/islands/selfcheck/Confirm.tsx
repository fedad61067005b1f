import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../../i18n/t';

interface Props {
  /** Id of the panel's heading. */
  id: string;
  /** What will be lost, in one or two sentences. */
  text: string;
  /** Label of the button that does it, e.g. „Ja, alle Antworten löschen“. */
  yes: string;
  onYes: () => void;
  onCancel: () => void;
}

/**
 * „Sind Sie sicher?“ in place of a destructive button (GOV.UK's confirmation before deleting): says what will be
 * lost, takes focus, and offers the warning button and „Abbrechen“, which returns focus to the page.
 */
export function Confirm({ id, text, yes, onYes, onCancel }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <div class="confirm" role="group" aria-labelledby={id}>
      <h4 id={id} class="confirm__heading" tabIndex={-1} ref={heading}>
        {t('selbstcheck.confirm')}
      </h4>
      <p>{text}</p>
      <div class="button-group">
        <button type="button" class="button button--warning" onClick={onYes}>
          {yes}
        </button>
        <button type="button" class="button button--secondary" onClick={onCancel}>
          {t('selbstcheck.cancel')}
        </button>
      </div>
    </div>
  );
}
