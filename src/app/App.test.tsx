import { render, screen } from '@testing-library/react';
import { App } from './App';
import { test, expect } from 'vitest';

test('the shell renders its title', () => {
  render(<App />);
  expect(screen.getByRole('heading', { name: 'Expertise Map' })).toBeInTheDocument();
});
