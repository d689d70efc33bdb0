/** China's administrative divisions (GB/T 2260): region lookup, region names in free text, and the region a document belongs to. */
package org.policybot.region;
