export { ADMIN_EMAIL_PLACEHOLDER, FALLBACK_ADMIN_EMAIL, LOCAL_EMAIL_PATTERN, localAdminEmail } from './admin-email';
export { designItems, designRowsOf, readDesignFile, type DesignFacetRows } from './design-file';
export { fromDynamoJson, toDynamoJson, type DynamoJsonItem } from './dynamodb-json';
export { isTableEmpty, loadDesignRows, scanAllItems, wipeTable, type SeedReport } from './seed';
