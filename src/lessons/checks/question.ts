/** A multiple-choice question, for facts that no account state shows. */
import type { QuestionCheck } from '../types.ts';
import { defineCheck } from './check.ts';

export const questionCheck = defineCheck<QuestionCheck>({
  kind: 'question',
  evaluate(check, { answers }) {
    const given = answers[check.id];
    if (given === undefined) return 'Answer the question.';
    return given === check.answer ? undefined : 'That answer is not right yet: have another look.';
  },
});
