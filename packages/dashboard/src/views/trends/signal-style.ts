import type { FrustrationSignal } from '../../api/types';

/** One colour and name per signal, the same in every chart and legend (matches the badge colours). */
export const SIGNAL_STYLE: Record<FrustrationSignal, { label: string; color: string }> = {
  rage_click: { label: 'Rage clicks', color: '#d6336c' },
  dead_click: { label: 'Dead clicks', color: '#868e96' },
  error_click: { label: 'Error clicks', color: '#e8590c' },
  quick_back: { label: 'Quick backs', color: '#1c7ed6' },
  form_abandon: { label: 'Form abandons', color: '#f08c00' },
};
