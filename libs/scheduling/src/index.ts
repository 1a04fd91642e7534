export type {
  Assignment,
  LockedMeeting,
  MeetingInput,
  SchedulingInput,
  SchedulingInputErrorCode,
  SchedulingResult,
  SchedulingStats,
  SlotInput,
} from './types';
export { SchedulingInputError } from './types';
export { greedySchedule, schedule } from './schedule';
export type { BipartiteEdges } from './edge-colouring';
export { colourEdges, colourEdgesEquitably } from './edge-colouring';
