/**
 * The pipeline as one call: load, check, plan, render, write, in that order, stopping before anything is
 * written when a stage found errors. The command line and the tests both drive Charterkit through here.
 */
package org.charterkit.build;
