import { MantineProvider } from '@mantine/core';
import i18next from 'i18next';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderInMantine, setUpEnglishUi } from '../../test/ui';
import { issueText } from './issueText';
import { JobProgress } from './JobProgress';
import { checked } from '../../i18n/useT';

setUpEnglishUi();

describe('JobProgress', () => {
  it('shows done/total, the time left and cancels', () => {
    const onCancel = vi.fn();
    renderInMantine(
      <JobProgress
        phase={{ kind: 'processing', done: 3, total: 10, etaMs: 95_000, cancelling: false }}
        onCancel={onCancel}
      />,
    );
    expect(screen.getByText('Processing 3 of 10')).toBeTruthy();
    expect(screen.getByText('about 1 min 35 s left')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it('says it is cancelling and shows nothing once finished', () => {
    const { rerender } = renderInMantine(
      <JobProgress
        phase={{ kind: 'processing', done: 1, total: 2, cancelling: true }}
        onCancel={() => undefined}
      />,
    );
    expect(screen.getByRole('button', { name: 'Cancelling…' })).toHaveProperty('disabled', true);
    rerender(
      <MantineProvider>
        <JobProgress phase={{ kind: 'finished', cancelled: true }} onCancel={() => undefined} />
      </MantineProvider>,
    );
    expect(screen.queryByTestId('photo-progress')).toBeNull();
  });
});

describe('issueText', () => {
  it('translates pipeline issues with their parameters in both languages', async () => {
    const upscaled = {
      code: 'upscaled' as const,
      severity: 'warning' as const,
      preset: 'main-image',
      params: { sourceWidth: 600, sourceHeight: 600, targetWidth: 1000, targetHeight: 1000 },
    };
    expect(issueText(checked(i18next.t), upscaled)).toBe(
      '[AliExpress main image (1000×1000)] The photo (600×600) is smaller than 1000×1000 and was enlarged; it may look soft.',
    );
    const text = {
      code: 'not-an-image' as const,
      severity: 'error' as const,
      params: { looksLike: 'text', ext: 'jpg', head: '74 68' },
    };
    expect(issueText(checked(i18next.t), text)).toContain('its content is text');
    const over = {
      code: 'over-target-bytes' as const,
      severity: 'warning' as const,
      params: { bytes: 4_194_304, maxBytes: 3_145_728 },
    };
    await i18next.changeLanguage('zh');
    expect(issueText(checked(i18next.t), over)).toBe(
      '即使用最低质量，文件仍有 4096 KB，超过 3072 KB 的目标。',
    );
    await i18next.changeLanguage('en');
  });
});
