/**
 * Small line icons for icon buttons, drawn as SVG so they look the same on
 * every system (a glyph such as ⧉ is missing from many fonts). Decorative:
 * the button they sit in carries the name.
 */
function Icon({ d }: { d: string }) {
  return (
    <svg className="ps-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round">
      <path d={d} />
    </svg>
  );
}

export const ArrowUpIcon = () => <Icon d="M8 13V3M4 7l4-4 4 4" />;
export const ArrowDownIcon = () => <Icon d="M8 3v10M4 9l4 4 4-4" />;
export const DuplicateIcon = () => <Icon d="M5.5 5.5h7v7h-7zM3.5 10.5h-0V3.5h7" />;
export const CloseIcon = () => <Icon d="M4 4l8 8M12 4l-8 8" />;
