/** Serves a built site on the local machine so a person can read it in a browser before it is published. */
package org.charterkit.serve;
