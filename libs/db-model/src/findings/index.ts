export * from './types';
export { findingKey } from './entity';
export { addFinding } from './add';
export * from './get';
export * from './update';
export { recomputedRevisionOf, storedIndicatorsOf, updateFindingIndicators, type IndicatorsWrite } from './indicators';
export { getFindingTypeClaim, releaseFindingTypeClaim, takeFindingTypeClaim } from './type-claim';
