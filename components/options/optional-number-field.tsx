import { useEffect, useState } from 'react';

interface Props {
  label: string;
  value: number | null;
  min: number;
  step: number;
  /** What an empty field means ("no limit", "never"). */
  emptyMeans: string;
  onSave(value: number | null): void;
}

/** A number or empty (null); saved when left, so a number half typed is never refused. */
export function OptionalNumberField({ label, value, min, step, emptyMeans, onSave }: Props) {
  const [text, setText] = useState(value === null ? '' : String(value));
  useEffect(() => setText(value === null ? '' : String(value)), [value]);
  return (
    <label className="setting-row">
      <span>{label}</span>
      <input
        type="number"
        min={min}
        step={step}
        value={text}
        placeholder={emptyMeans}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => onSave(text.trim() === '' ? null : Number(text))}
      />
    </label>
  );
}
