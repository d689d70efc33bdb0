/** Command-line entry points (ask, eval, import, bench, …) with one clear error line and a non-zero exit on failure. */
package org.policybot.cli;
