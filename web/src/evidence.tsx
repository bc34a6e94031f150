// Evidence files chosen on a phone: the list with each file's size and the
// server's verdict per file (type refused, too large, ...), uploaded one at a time
// so one bad file does not stop the others.

import { ProblemMessage } from './components';
import { EVIDENCE_ACCEPT, EVIDENCE_MAX_FILES, EVIDENCE_MAX_MIB, formatBytes } from './enforcement';
import { useI18n } from './i18n';

export interface FileState {
  file: File;
  state: 'waiting' | 'uploading' | 'done' | 'failed';
  error?: unknown;
}

/** Uploads each waiting or failed file with `send`, reporting every change through `onChange`. */
export async function uploadAll(
  items: FileState[],
  send: (file: File) => Promise<unknown>,
  onChange: (items: FileState[]) => void,
): Promise<FileState[]> {
  let current = items;
  for (let i = 0; i < current.length; i++) {
    if (current[i]!.state === 'done') continue;
    current = current.map((item, j) => (j === i ? { file: item.file, state: 'uploading' } : item));
    onChange(current);
    let next: FileState;
    try {
      await send(current[i]!.file);
      next = { file: current[i]!.file, state: 'done' };
    } catch (error) {
      next = { file: current[i]!.file, state: 'failed', error };
    }
    current = current.map((item, j) => (j === i ? next : item));
    onChange(current);
  }
  return current;
}

export function FilePicker({ id, onPick }: { id: string; onPick: (files: File[]) => void }) {
  const { t, num } = useI18n();
  return (
    <div class="field">
      <label for={id}>{t('evidence.choose')}</label>
      <input
        id={id}
        type="file"
        multiple
        accept={EVIDENCE_ACCEPT}
        onChange={(e) => {
          onPick(Array.from(e.currentTarget.files ?? []));
          e.currentTarget.value = '';
        }}
      />
      <small class="muted">{t('evidence.limits', { mib: num(EVIDENCE_MAX_MIB), files: num(EVIDENCE_MAX_FILES) })}</small>
    </div>
  );
}

export function FileStates({ items, onRemove }: { items: FileState[]; onRemove?: (index: number) => void }) {
  const { t, num } = useI18n();
  if (items.length === 0) return null;
  return (
    <ul class="files" aria-label={t('evidence.files')}>
      {items.map((item, index) => (
        <li key={`${item.file.name}-${index}`} data-state={item.state}>
          <span class="file-name">{item.file.name}</span> <span class="muted small">{formatBytes(item.file.size, num)}</span>{' '}
          <span class={`tag file-${item.state}`}>{t(`evidence.state.${item.state}`)}</span>
          {onRemove && item.state !== 'done' && item.state !== 'uploading' && (
            <button type="button" class="small-button" aria-label={t('evidence.remove', { name: item.file.name })} onClick={() => onRemove(index)}>
              ×
            </button>
          )}
          {item.state === 'failed' && <ProblemMessage error={item.error} />}
        </li>
      ))}
    </ul>
  );
}
