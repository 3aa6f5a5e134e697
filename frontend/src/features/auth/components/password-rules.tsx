import { List, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconPoint } from '@tabler/icons-react';
import { PASSWORD_MIN_LENGTH, passwordKinds } from '../api/change-password';

type PasswordRulesProps = {
  password: string;
  id?: string;
};

/** The rule of the server, with what the password typed so far already meets. */
export function PasswordRules({ password, id }: PasswordRulesProps) {
  const rules = [
    { met: password.length >= PASSWORD_MIN_LENGTH, text: `au moins ${PASSWORD_MIN_LENGTH} caractères ;` },
    {
      met: passwordKinds(password) >= 3,
      text: 'au moins trois sortes de caractères parmi : minuscules, majuscules, chiffres, autres signes ;',
    },
    { met: null, text: 'ni votre identifiant, ni le mot de passe initial.' },
  ];
  return (
    <div id={id}>
      <Text size="sm" fw={600} mb={4}>
        Votre nouveau mot de passe doit contenir :
      </Text>
      <List size="sm" spacing={6} lh={1.4} styles={{ itemWrapper: { alignItems: 'flex-start' }, itemIcon: { marginTop: 0 } }}>
        {rules.map((rule) => (
          <List.Item
            key={rule.text}
            icon={
              <ThemeIcon size={20} radius="xl" color={rule.met ? 'teal.9' : 'gray.6'} variant={rule.met ? 'filled' : 'light'} aria-hidden>
                {rule.met ? <IconCheck size={14} /> : <IconPoint size={14} />}
              </ThemeIcon>
            }
          >
            {rule.text}
            {rule.met === true && <VisuallyHidden> (respecté)</VisuallyHidden>}
          </List.Item>
        ))}
      </List>
    </div>
  );
}
