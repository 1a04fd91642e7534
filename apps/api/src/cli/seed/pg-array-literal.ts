/** The one array-literal encoder lives with the companies bulk writer. */
export { toPgArrayLiteral } from '../../modules/companies/pg-array-literal';
