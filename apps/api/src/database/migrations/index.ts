import { InitialSchema1764380000000 } from './1764380000000-InitialSchema';
import { Matching1764390000000 } from './1764390000000-Matching';
import { Chat1764400000000 } from './1764400000000-Chat';
import { ChamberWork1764410000000 } from './1764410000000-ChamberWork';
import { ChatHotPath1764420000000 } from './1764420000000-ChatHotPath';
import { VerifiedMarketplace1764530000000 } from './1764530000000-VerifiedMarketplace';
import { DemoFirms1764530000001 } from './1764530000001-DemoFirms';
import { DelegationMeetings1764540000000 } from './1764540000000-DelegationMeetings';
import { PeerReadPositions1764550000000 } from './1764550000000-PeerReadPositions';
import { Opportunities1764630000000 } from './1764630000000-Opportunities';
import { MailOutbox1764600000000 } from './1764600000000-MailOutbox';
import { AccountTokens1764600000001 } from './1764600000001-AccountTokens';
import { Notifications1764610000000 } from './1764610000000-Notifications';
import { FirmColleagues1764610000001 } from './1764610000001-FirmColleagues';
import { Documents1764640000000 } from './1764640000000-Documents';
import { Agreements1764620000000 } from './1764620000000-Agreements';
import { MessageDigests1765000000001 } from './1765000000001-MessageDigests';
import { CompanySuspension1765010000001 } from './1765010000001-CompanySuspension';

/** Every migration, in order. New ones are appended here (and named <timestamp>-<Name>.ts). */
export const MIGRATIONS = [
  InitialSchema1764380000000,
  Matching1764390000000,
  Chat1764400000000,
  ChamberWork1764410000000,
  ChatHotPath1764420000000,
  VerifiedMarketplace1764530000000,
  DemoFirms1764530000001,
  DelegationMeetings1764540000000,
  PeerReadPositions1764550000000,
  MailOutbox1764600000000,
  AccountTokens1764600000001,
  Notifications1764610000000,
  FirmColleagues1764610000001,
  Opportunities1764630000000,
  Documents1764640000000,
  Agreements1764620000000,
  MessageDigests1765000000001,
  CompanySuspension1765010000001,
];
