/**
 * Internal helpers shared by several packages. Not API: they may change without notice.
 */
package dk.referatarkiv.internal;
