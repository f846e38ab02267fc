/**
 * AB posts (AB岗): each post has a designated backup who may act on its tasks while the
 * post is marked absent, so that no case waits for one person.
 */
package cn.egov.approval.posts;
