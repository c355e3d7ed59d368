// Why a trainee needs her mentor, as the dashboard and her review say it.

import type { Attention } from '../generated/types';
import { t } from './i18n.svelte';

export function attentionText(a: Attention): string {
  switch (a.kind) {
    case 'no-diary': return t('attention-no-diary', { days: a.days });
    case 'low-mood': return a.mood === 'hard' ? t('attention-low-mood-hard', { days: a.days }) : t('attention-low-mood-tired', { days: a.days });
    case 'practice-failing': return t('attention-practice-failing', { again: a.again, answers: a.answers });
    case 'fridge-failing': return t('attention-fridge-failing', { rounds: a.rounds });
    case 'waiting-for-mark': return t('attention-waiting-for-mark', { aims: a.aims });
  }
}
