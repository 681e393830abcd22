/** Gatewright's mark (the favicon's three gate pillars on a base), drawn inline. */
export function BrandMark({ size = 22 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="#1f5fbf" />
      <path d="M8 22V10h4v12zm6 0V10h4v12zm6 0V10h4v12z" fill="#fff" opacity=".92" />
      <path d="M6 24h20v2H6z" fill="#ffb020" />
    </svg>
  )
}
