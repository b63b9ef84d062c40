import type { TimelineEvent } from '../../lib/schema.ts';
import type { EventDetails, ViewEvent } from '../../lib/viewSchema.ts';

/** An event of a large timeline put back together from its first-view fields and its details: equal to the timeline file's. */
export function joinEvent(view: ViewEvent, details: EventDetails): TimelineEvent {
  const { quote, timex, ...rest } = details;
  // The details' otherSources (whole reports) replace the first view's (titles and documents only).
  const date = view.date && timex !== undefined ? { ...view.date, timex } : view.date;
  return { ...view, ...rest, date, source: { ...view.source, quote } } as TimelineEvent;
}
