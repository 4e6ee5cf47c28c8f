/**
 * One request per distinct network setting: answers are kept by their arguments, so changing the
 * selection, stepping through windows or going back to an earlier setting asks the API nothing.
 * A failed request is forgotten, so trying again asks again.
 */
import { requestKey, type NetworkArguments, type WindowArguments } from "../model/network-request.js";
import type { NetworkData, NetworkWindowData } from "../model/types.js";
import { loadNetwork, loadNetworkWindows } from "./network-operations.js";
import { remember } from "./remember.js";

export class NetworkCache {
  private readonly networks = new Map<string, Promise<NetworkData>>();
  private readonly windows = new Map<string, Promise<NetworkWindowData[]>>();

  network(args: NetworkArguments): Promise<NetworkData> {
    return remember(this.networks, requestKey(args), () => loadNetwork(args));
  }

  private caches(): Map<string, unknown>[] {
    return [this.networks, this.windows];
  }

  networkWindows(args: WindowArguments): Promise<NetworkWindowData[]> {
    return remember(this.windows, requestKey(args), () => loadNetworkWindows(args));
  }

  /** Forgets every answer: after an analyst's change the same question has a new answer. */
  clear(): void {
    for (const cache of this.caches()) cache.clear();
  }
}
