import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { suggestServices } from '../../renderer/components/form/library-options.ts';
import { SuggestInput } from '../../renderer/components/form/SuggestInput.tsx';
import { loadedLibrary } from '../../renderer/state/library.ts';

afterEach(cleanup);

function RecipientName() {
  const [value, setValue] = useState('');
  return <SuggestInput aria-label="Recipient" value={value} onChange={setValue} suggest={suggestServices} onChoose={() => undefined} />;
}

describe('the library, loaded when first needed', () => {
  it('is not loaded by rendering a name field, and offers its services for text typed while it loads', async () => {
    render(<RecipientName />);
    expect(loadedLibrary()).toBeNull();
    const input = screen.getByRole('combobox', { name: 'Recipient' });
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: 'stri' } });
    expect(await screen.findByRole('option', { name: /^Stripe/ })).toBeTruthy();
    expect(loadedLibrary()?.services.length).toBeGreaterThan(100);
  });
});
