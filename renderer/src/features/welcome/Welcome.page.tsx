import { useEffect, useState, type ReactNode } from 'react';
import {
  Alert,
  Button,
  Card,
  Center,
  Container,
  Modal,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBuildingStore, IconFileImport, IconSparkles } from '@tabler/icons-react';

import { useNavigate } from 'react-router';
import { setPreference } from '../../app/preferences';
import { useWorkstation } from '../../app/WorkstationContext';
import { RestoreOffer } from '../backup';
import { DemoProgress, useDemoGenerator } from '../demo';
import { CreateStoreForm } from '../stores';
import { useT } from '../../i18n/useT';

/** First run: the demo store, an empty store, or a store filled from one's own exports. */
export function WelcomePage() {
  const { t } = useT();
  const navigate = useNavigate();
  const demo = useDemoGenerator();
  const { stores } = useWorkstation();
  const [destination, setDestination] = useState<string>();
  const [importOpened, importDialog] = useDisclosure(false);

  useEffect(() => {
    if (demo.state.status !== 'done') return;
    const [first] = demo.state.storeIds;
    void (first ? setPreference('activeStoreId', first) : Promise.resolve()).then(() =>
      setDestination('/dashboard'),
    );
  }, [demo.state]);

  // Leave only once the new store is visible to the app, or the store guard would send us straight back.
  useEffect(() => {
    if (destination && stores.length > 0) void navigate(destination);
  }, [destination, stores.length, navigate]);

  return (
    <Center mih="100vh" p="md">
      <Container size="md" w="100%">
        <Stack gap="lg">
          <Stack gap={4} align="center">
            <Title order={1}>{t('welcome.title')}</Title>
            <Text c="dimmed" ta="center">
              {t('welcome.subtitle')}
            </Text>
          </Stack>
          {demo.state.status === 'failed' && (
            <Alert color="red">{t('welcome.failed', { message: demo.state.message })}</Alert>
          )}
          {demo.state.status === 'cancelled' && <Alert color="yellow">{t('welcome.cancelled')}</Alert>}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <ChoiceCard icon={<IconSparkles />} title={t('welcome.demoTitle')} body={t('welcome.demoBody')}>
              {demo.state.status === 'running' ? (
                <DemoProgress state={demo.state} onCancel={demo.cancel} />
              ) : (
                <Button onClick={demo.start} data-testid="start-demo">
                  {t('welcome.demoAction')}
                </Button>
              )}
            </ChoiceCard>
            <ChoiceCard
              icon={<IconBuildingStore />}
              color="teal"
              title={t('welcome.emptyTitle')}
              body={t('welcome.emptyBody')}
            >
              <CreateStoreForm onCreated={() => setDestination('/dashboard')} />
            </ChoiceCard>
            <ChoiceCard
              icon={<IconFileImport />}
              color="grape"
              title={t('import.welcome.title')}
              body={t('import.welcome.body')}
            >
              <Button variant="light" onClick={importDialog.open} data-testid="start-import">
                {t('import.welcome.title')}
              </Button>
              {/* The form opens in a dialog so the page keeps a single "Store name" field. */}
              <Modal opened={importOpened} onClose={importDialog.close} title={t('import.welcome.title')}>
                <CreateStoreForm onCreated={() => setDestination('/import')} />
              </Modal>
            </ChoiceCard>
          </SimpleGrid>
          <RestoreOffer />
        </Stack>
      </Container>
    </Center>
  );
}

interface ChoiceCardProps {
  icon: ReactNode;
  color?: string;
  title: string;
  body: string;
  children: ReactNode;
}

/** One way to start: what it is, and the control that does it. */
function ChoiceCard({ icon, color, title, body, children }: ChoiceCardProps) {
  return (
    <Card withBorder padding="lg">
      <Stack>
        <ThemeIcon size="xl" variant="light" color={color}>
          {icon}
        </ThemeIcon>
        <Title order={3}>{title}</Title>
        <Text size="sm" c="dimmed">
          {body}
        </Text>
        {children}
      </Stack>
    </Card>
  );
}
