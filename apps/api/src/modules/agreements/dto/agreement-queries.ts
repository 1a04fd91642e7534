import { PageQuery } from '../../../common/pagination/page-query';
import { DateOnlyField } from './agreement-fields';

export class ListAgreementsQuery extends PageQuery {}

/** The dashboard's window: the funnel counts what happened within [from, to); both optional. */
export class DashboardQuery {
  @DateOnlyField('from', 'optional') from?: string;
  @DateOnlyField('to', 'optional') to?: string;
}
