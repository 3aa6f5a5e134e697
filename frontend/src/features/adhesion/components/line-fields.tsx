import { List, NumberInput, SimpleGrid, Table, Text, TextInput } from '@mantine/core';
import { Controller, type FieldErrors, type UseFormReturn } from 'react-hook-form';
import type { LineInput } from '../api/save-line';

type LineFieldsProps = {
  form: UseFormReturn<LineInput>;
  /** Cells of a table row (labels for screen readers only), or a stack of labelled fields (phone). */
  layout: 'cells' | 'stack';
  /** Tells the fields of a line apart from those of the entry row: "ligne 2". */
  labelSuffix?: string;
  /** The form the inputs belong to, when they sit in table cells outside it. */
  formId?: string;
  disabled?: boolean;
};

const FIELD_NAMES: { name: keyof LineInput; label: string }[] = [
  { name: 'className', label: 'Nom de la classe' },
  { name: 'teachers', label: 'Enseignant(e)(s)' },
  { name: 'teacherEmail', label: 'E-mail' },
  { name: 'adults', label: 'Enseignants' },
  { name: 'pupils', label: 'Élèves' },
];

const errorId = (formId: string | undefined, name: keyof LineInput) => `${formId ?? 'line'}-${name}-error`;

/**
 * The five inputs of a class line, as the seeds' table shows them. In a table row an input in error is only
 * outlined (a message in a narrow cell would wrap over five lines and push the row's inputs out of line): its
 * message is said under the row by {@link LineErrorsRow}, and read as the input's description.
 */
export function LineFields({ form, layout, labelSuffix, formId, disabled }: LineFieldsProps) {
  const {
    register,
    control,
    formState: { errors },
  } = form;
  const label = (text: string) => (labelSuffix ? `${text} (${labelSuffix})` : text);
  const labelled = (text: string, visible: string = text) =>
    layout === 'cells' ? { 'aria-label': label(text) } : { label: labelSuffix ? label(visible) : visible };
  const common = { form: formId, disabled, size: layout === 'cells' ? 'sm' : 'md' } as const;
  /**
   * Stacked, the input says its error under itself. In a row, the wrapper does not draw it (only the input's
   * outline): the message under the row carries the id the input is described by.
   */
  const errorProps = (name: keyof LineInput, message: string | undefined) =>
    layout === 'cells'
      ? { error: message, errorProps: { id: errorId(formId, name) }, inputWrapperOrder: ['label', 'input'] as ('label' | 'input')[] }
      : { error: message };

  const className = (
    <TextInput
      {...labelled('Nom de la classe et/ou niveau', 'Nom de la classe et/ou niveau (*)')}
      {...common}
      placeholder="Ex. : CE1"
      autoComplete="off"
      {...errorProps('className', errors.className?.message)}
      {...register('className')}
    />
  );
  const teachers = (
    <TextInput
      {...labelled('Enseignant(e)(s)')}
      {...common}
      placeholder="Ex. : Mme Detruc - Mlle Machin"
      autoComplete="off"
      {...errorProps('teachers', errors.teachers?.message)}
      {...register('teachers')}
    />
  );
  const email = (
    <TextInput
      {...labelled('E-mail')}
      {...common}
      type="email"
      placeholder="nom@exemple.fr"
      autoComplete="off"
      {...errorProps('teacherEmail', errors.teacherEmail?.message)}
      {...register('teacherEmail')}
    />
  );
  const count = (name: 'adults' | 'pupils', text: string, visible: string) => (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <NumberInput
          {...labelled(text, visible)}
          {...common}
          name={field.name}
          ref={field.ref}
          value={field.value}
          onChange={(value) => field.onChange(typeof value === 'number' ? value : value === '' ? '' : Number(value))}
          onBlur={field.onBlur}
          {...errorProps(name, fieldState.error?.message)}
          allowDecimal={false}
          // "-3" stays as typed, refused with the field's message (never silently rewritten as 3, nor clamped to 0)
          clampBehavior="none"
          hideControls
          inputMode="numeric"
          miw={layout === 'cells' ? 64 : undefined}
        />
      )}
    />
  );
  const adults = count('adults', 'Enseignants', 'Enseignants');
  const pupils = count('pupils', 'Élèves', 'Élèves');

  if (layout === 'cells') {
    return (
      <>
        <Table.Td>{className}</Table.Td>
        <Table.Td>{teachers}</Table.Td>
        <Table.Td>{email}</Table.Td>
        <Table.Td>{adults}</Table.Td>
        <Table.Td>{pupils}</Table.Td>
      </>
    );
  }
  return (
    <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" verticalSpacing="sm">
      {className}
      {teachers}
      {email}
      <SimpleGrid cols={2} spacing="sm">
        {adults}
        {pupils}
      </SimpleGrid>
    </SimpleGrid>
  );
}

type LineErrorsRowProps = {
  errors: FieldErrors<LineInput>;
  formId?: string;
  /** The number of the table's columns, which the message row spans. */
  colSpan: number;
};

/** The messages of a line typed in a table row, under it, each named by its column. */
export function LineErrorsRow({ errors, formId, colSpan }: LineErrorsRowProps) {
  const messages = FIELD_NAMES.flatMap(({ name, label }) => {
    const message = errors[name]?.message;
    return message ? [{ name, label, message }] : [];
  });
  if (messages.length === 0) return null;
  return (
    <Table.Tr>
      <Table.Td colSpan={colSpan} pt={0} style={{ borderTop: 0 }}>
        <List size="sm" c="red.9" listStyleType="none" spacing={2} aria-label="Erreurs de la ligne">
          {messages.map(({ name, label, message }) => (
            <List.Item key={name}>
              <Text span size="sm" fw={600}>
                {label} :{' '}
              </Text>
              <span id={errorId(formId, name)}>{message}</span>
            </List.Item>
          ))}
        </List>
      </Table.Td>
    </Table.Tr>
  );
}
