/** Choose a file with the picker, or drop it on the area. */
import { useId, useState, type DragEvent } from 'react';

type Props = { label: string; dropText: string; accept?: string; onFile: (file: File) => void };

export function FileDrop({ label, dropText, accept = '.json,application/json', onFile }: Props) {
  const id = useId();
  const [isOver, setOver] = useState(false);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    <div
      className={`file-drop ${isOver ? 'is-over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <input
        id={id}
        type="file"
        accept={accept}
        className="visually-hidden-input"
        onChange={(e) => {
          const f = e.currentTarget.files?.[0];
          if (f) onFile(f);
          e.currentTarget.value = '';
        }}
      />
      <label htmlFor={id} className="button">
        {label}
      </label>
      <span className="file-drop-text">{dropText}</span>
    </div>
  );
}
