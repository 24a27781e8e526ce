import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Alert, Button, Stack, Text } from '@mantine/core';
import i18next from 'i18next';

interface State {
  error?: Error;
}

/** One broken screen must not take the whole workstation down; data lives in IndexedDB either way. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = {};

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <Alert color="red" title={i18next.t('errors.boundaryTitle')} m="md">
        <Stack gap="xs">
          <Text size="sm">{i18next.t('errors.boundaryBody')}</Text>
          <Text size="xs" c="dimmed" ff="monospace">
            {this.state.error.message}
          </Text>
          <Button
            size="xs"
            variant="light"
            w="fit-content"
            onClick={() => this.setState({ error: undefined })}
          >
            {i18next.t('errors.reload')}
          </Button>
        </Stack>
      </Alert>
    );
  }
}
