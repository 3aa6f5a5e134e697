import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPaperclip } from '@tabler/icons-react';
import { useOpenDocument } from '@/features/adhesion/api/open-document';
import { errorMessage } from '@/lib/problem';
import type { Voucher } from '../api/vouchers';

/** The vouchers of an entry, each opened in a new tab: "Pièce 1", "Pièce 2"… */
export function VoucherLinks({ voucherNumber, vouchers }: { voucherNumber?: number; vouchers: Voucher[] }) {
  const opener = useOpenDocument();
  if (vouchers.length === 0) return null;
  return (
    <Group gap={4} mt={2}>
      {vouchers.map((v, i) => (
        <Button
          key={v.id}
          size="compact-xs"
          variant="subtle"
          leftSection={<IconPaperclip size={14} aria-hidden />}
          aria-label={`Voir la pièce justificative ${i + 1} de l'opération n° ${voucherNumber ?? ''} (${v.name})`}
          onClick={() =>
            opener.open(v, {
              onError: (error) => notifications.show({ color: 'red', title: "La pièce n'a pas pu être ouverte", message: errorMessage(error) }),
            })
          }
        >
          {vouchers.length > 1 ? `Pièce ${i + 1}` : 'Pièce'}
        </Button>
      ))}
    </Group>
  );
}
