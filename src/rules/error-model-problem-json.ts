import { errorShape, isErrorResponseCode, isOAuthErrorShape, sameErrorModel, type ErrorShape } from '../model/error-shape.js';
import { locationKey, plural } from '../model/http.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'error-model-problem-json',
  control: 'error-model',
  severity: 'warn',
  target: 'contract',
  description: 'Error (4xx/5xx/default) responses should use `application/problem+json` (RFC 9457) or one consistent error schema across the contract.',
  hint: 'Return errors as `application/problem+json` with `type`, `title`, `status`, `detail` (RFC 9457), or use one shared error schema for every 4xx/5xx response.',
  check({ contract, report }) {
    const shapes: ErrorShape[] = [];
    for (const operation of contract.operations) {
      for (const response of operation.responses) {
        if (!isErrorResponseCode(response.code)) continue;
        const shape = errorShape(contract, operation, response);
        if (shape && !isOAuthErrorShape(shape)) shapes.push(shape);
      }
    }
    if (shapes.length < 2) return;
    // Group the shapes into error models; the model most responses use is the contract's.
    const models: ErrorShape[][] = [];
    for (const shape of shapes) {
      const model = models.find((candidate) => sameErrorModel(candidate[0], shape));
      if (model) model.push(shape);
      else models.push([shape]);
    }
    if (models.length < 2) return;
    // Ties go to problem details: RFC 9457 is the model the rule recommends.
    const main = models.reduce((best, model) =>
      model.length > best.length || (model.length === best.length && model[0].kind === 'problem' && best[0].kind !== 'problem') ? model : best,
    );
    const reported = new Set<string>();
    for (const model of models) {
      if (model === main) continue;
      for (const shape of model) {
        const key = `${locationKey(shape.at)}|${shape.operation.label}|${shape.response.code}`;
        if (reported.has(key)) continue;
        reported.add(key);
        report({
          message: `${shape.operation.label}: ${shape.response.code} response uses ${shape.label}, unlike the contract's error model (${main[0].label}, used by ${plural(main.length, 'error response')})`,
          at: shape.at,
        });
      }
    }
  },
});
