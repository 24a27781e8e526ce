import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Stage, StagedParts } from './Stages';

afterEach(cleanup);

/** Counts its own renders, so a test can tell whether a part drawn earlier was drawn again. */
const renders = new Map<string, number>();
function Part({ name }: { name: string }) {
  renders.set(name, (renders.get(name) ?? 0) + 1);
  return <p data-testid={name}>{name}</p>;
}

function Screen({ ready = true }: { ready?: boolean }) {
  return (
    <StagedParts total={3} ready={ready}>
      <Part name="first" />
      <Stage at={2} fallback={<p data-testid="waiting-second" />}>
        <Part name="second" />
      </Stage>
      <Stage at={3}>
        <Part name="third" />
      </Stage>
    </StagedParts>
  );
}

describe('staged parts', () => {
  it('shows the first part at once and the others one after another, each drawn once', async () => {
    renders.clear();
    render(<Screen />);
    expect(screen.getByTestId('first')).toBeTruthy();
    expect(screen.getByTestId('waiting-second')).toBeTruthy();
    expect(screen.queryByTestId('third')).toBeNull();
    await waitFor(() => expect(screen.getByTestId('third')).toBeTruthy());
    expect(screen.getByTestId('second')).toBeTruthy();
    expect(screen.queryByTestId('waiting-second')).toBeNull();
    // The screen did not re-render as the stages advanced: the parts already drawn were left alone.
    expect(Object.fromEntries(renders)).toEqual({ first: 1, second: 1, third: 1 });
  });

  it('waits while not ready, then goes on', async () => {
    function Gate() {
      const [ready, setReady] = useState(false);
      return (
        <>
          <button onClick={() => setReady(true)}>go</button>
          <Screen ready={ready} />
        </>
      );
    }
    render(<Gate />);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryByTestId('second')).toBeNull();
    screen.getByText('go').click();
    await waitFor(() => expect(screen.getByTestId('third')).toBeTruthy());
  });

  it('shows every part outside a StagedParts', () => {
    render(
      <Stage at={5}>
        <Part name="alone" />
      </Stage>,
    );
    expect(screen.getByTestId('alone')).toBeTruthy();
  });
});
