import { useState } from 'preact/hooks';
import { tc } from '../../../i18n/de-comparison';
import { Notices } from '../selfcheck/Notices';
import type { Notice } from '../selfcheck/types';
import type { Comparison } from '../../../lib/comparison/document';

interface Props {
  notices: readonly Notice<Comparison>[];
  onFiles: (files: File[]) => void;
  onLinks: (text: string) => void;
  onUndo: (notice: Notice<Comparison>) => void;
}

/** Several results at once: a file input that takes many files, a drop zone, and a field for several links. */
export function Loader({ notices, onFiles, onLinks, onUndo }: Props) {
  const [links, setLinks] = useState('');
  const [over, setOver] = useState(false);
  return (
    <section aria-labelledby="laden" class="comparison-load">
      <h2 id="laden">{tc('comparison.load')}</h2>
      <p class="hint" id="laden-hinweis">
        {tc('comparison.loadHint')}
      </p>
      <div
        class={`drop-zone${over ? ' drop-zone--over' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => {
          setOver(false);
        }}
        onDrop={(event) => {
          event.preventDefault();
          setOver(false);
          onFiles([...(event.dataTransfer?.files ?? [])]);
        }}
      >
        <label for="vergleich-dateien">{tc('comparison.files')}</label>
        <input
          id="vergleich-dateien"
          type="file"
          multiple
          accept=".json,application/json"
          aria-describedby="laden-hinweis meldung-vergleich-laden"
          onChange={(event) => {
            const input = event.currentTarget;
            const files = [...(input.files ?? [])];
            input.value = '';
            if (files.length > 0) onFiles(files);
          }}
        />
        <p class="drop-zone__text" aria-hidden="true">
          {over ? tc('comparison.dropActive') : tc('comparison.drop')}
        </p>
      </div>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onLinks(links);
          setLinks('');
        }}
      >
        <p>
          <label for="vergleich-links">{tc('comparison.links')}</label>
          <textarea
            id="vergleich-links"
            rows={3}
            spellcheck={false}
            aria-describedby="meldung-vergleich-laden"
            value={links}
            onInput={(event) => {
              setLinks(event.currentTarget.value);
            }}
          />
        </p>
        <button type="submit" class="button button--secondary">
          {tc('comparison.linksSubmit')}
        </button>
      </form>
      <Notices notices={notices} area="load" id="meldung-vergleich-laden" onUndo={onUndo} />
    </section>
  );
}
