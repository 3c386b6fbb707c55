import type { Locale } from './locale.js';
import { messages } from './messages.js';
import { themeVar } from './theme.js';

/** What a chart shows when no record is left to draw; says how many were invalid, or why the valid ones are not drawn. */
export function EmptyState({
  locale,
  dropped,
  height,
  reason,
}: {
  locale: Locale;
  dropped: number;
  height: number;
  /** Why valid records could not be drawn, e.g. none has the value measured. */
  reason?: string;
}) {
  const words = messages[locale] ?? messages.en;
  return (
    <div
      className="dm-empty"
      role="status"
      style={{
        minHeight: Math.min(height, 160),
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        border: `1px dashed ${themeVar('grid')}`,
        color: themeVar('muted'),
        fontSize: 14,
      }}
    >
      <p style={{ margin: 0 }}>{words.noRecords}</p>
      {reason ? <p style={{ margin: '4px 0 0', fontSize: 12 }}>{reason}</p> : null}
      {dropped ? <p style={{ margin: '4px 0 0', fontSize: 12 }}>{words.dropped(dropped)}</p> : null}
    </div>
  );
}
