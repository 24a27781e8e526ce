/// <reference lib="webworker" />
import { groupNearDuplicates, type Hashed } from '@shared/photos';

/** O(n²) hash comparisons run here, so a library of thousands never stalls the page. */
self.onmessage = (event: MessageEvent<Hashed[]>) => {
  const groups = groupNearDuplicates(event.data).map((group) => group.map((item) => item.id));
  self.postMessage(groups);
};
