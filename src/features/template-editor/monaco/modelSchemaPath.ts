/** JSON Schema draft 4 documents (API Gateway models) are edited under paths ending like this. */
export const MODEL_SCHEMA_PATH_SUFFIX = '.model.json'
