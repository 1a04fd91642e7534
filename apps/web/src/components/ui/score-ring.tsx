import type { ReactNode } from 'react';

/**
 * A ring filled to `value` percent with a label in its middle: what Mantine's RingProgress draws,
 * without its per-curve floating tooltip. That tooltip, disabled or not, looks up every scrolling
 * ancestor of each ring when it mounts (a style recalculation per ancestor): with a ring on each
 * of twenty match cards, close to half a second of a phone's first render went there.
 */
export function ScoreRing({
  value,
  color,
  size,
  thickness,
  label,
}: {
  value: number;
  /** A theme colour as Mantine writes it, e.g. `teal.8`. */
  color: string;
  size: number;
  thickness: number;
  label: ReactNode;
}) {
  const radius = (size - thickness) / 2;
  const circumference = 2 * Math.PI * radius;
  const filled = (Math.min(100, Math.max(0, value)) / 100) * circumference;
  const centre = size / 2;
  return (
    <div style={{ position: 'relative', width: size, height: size, flex: 'none' }}>
      <svg
        width={size}
        height={size}
        viewBox={`0 0 ${size} ${size}`}
        aria-hidden
        style={{ transform: 'rotate(-90deg)', display: 'block' }}
      >
        <circle
          cx={centre}
          cy={centre}
          r={radius}
          fill="none"
          strokeWidth={thickness}
          stroke="var(--mantine-color-gray-2)"
        />
        {filled > 0 && (
          <circle
            data-testid="score-ring-value"
            cx={centre}
            cy={centre}
            r={radius}
            fill="none"
            strokeWidth={thickness}
            strokeLinecap="round"
            stroke={`var(--mantine-color-${color.replace('.', '-')})`}
            strokeDasharray={`${filled} ${circumference}`}
          />
        )}
      </svg>
      <div
        style={{
          position: 'absolute',
          inset: 0,
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
        }}
      >
        {label}
      </div>
    </div>
  );
}
