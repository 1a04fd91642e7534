import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '@/testing/render';
import { ScoreRing } from './score-ring';

function ring(value: number) {
  const { container, unmount } = renderWithProviders(
    <ScoreRing
      value={value}
      color="teal.8"
      size={76}
      thickness={7}
      label={<span data-testid="label">{value}</span>}
    />,
  );
  const arc = container.querySelector('[data-testid="score-ring-value"]');
  const result = {
    label: container.querySelector('[data-testid="label"]')?.textContent,
    dash: arc?.getAttribute('stroke-dasharray')?.split(' ').map(Number) ?? null,
    stroke: arc?.getAttribute('stroke') ?? null,
  };
  unmount();
  return result;
}

describe('ScoreRing', () => {
  it('fills the ring in proportion to the score, in the theme colour, with the label inside', () => {
    const { label, dash, stroke } = ring(91);
    expect(label).toBe('91');
    expect(stroke).toBe('var(--mantine-color-teal-8)');
    const [filled, circumference] = dash!;
    expect(filled / circumference).toBeCloseTo(0.91, 5);
    expect(circumference).toBeCloseTo(2 * Math.PI * ((76 - 7) / 2), 5);
  });

  it('draws no arc for 0 and never more than a full ring', () => {
    expect(ring(0).dash).toBeNull();
    const [filled, circumference] = ring(140).dash!;
    expect(filled).toBeCloseTo(circumference, 5);
  });
});
