/** Moved to lib/ so meetings can describe match reasons too; kept here for the matches feature. */
export * from '@/lib/describe-reason';
